"""The read-only web UI: ``create_app(db_path)`` serves the register as HTML pages with JSON twins."""

from .app import create_app

__all__ = ["create_app"]
