"""The hand-written client runtime, copied verbatim into every generated client.

Each module here is plain Python that depends on nothing of the spec: ``pipeline``
copies them into ``clients/<name>/<package>/`` beside the few modules the templates
render from the spec (``_config``, ``_client``, ``resources``, ``models``, ``params``).
They import only each other (relatively), httpx and the standard library, so the
tests in ``tests/generator/test_runtime_units.py`` exercise them here, once, as the package
``generator.runtime``.
"""

RUNTIME_MODULES = (
    "_exceptions.py",
    "_types.py",
    "_codecs.py",
    "_models.py",
    "_auth.py",
    "_retry.py",
    "_limits.py",
    "_response.py",
    "_paging.py",
    "_base_client.py",
    "_resource.py",
)
