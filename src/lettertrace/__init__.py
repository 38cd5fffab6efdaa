"""lettertrace: a source-cited register of correspondence between political actors."""

__version__ = "0.1.0"
