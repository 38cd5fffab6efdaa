"""Web pages, one module per part of the register; each registers its pages with ``@page``."""
