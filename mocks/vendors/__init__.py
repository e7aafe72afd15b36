"""One module per spec stem (``-`` written ``_``), each with ``create_vendor(clock, seed)``."""
