"""TĐKT Desk: everything without a screen. Never imports Qt or ui/."""

__version__ = "0.1.0"
APP_NAME = "TĐKT Desk"
