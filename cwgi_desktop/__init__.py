"""CWGI Desktop: an offline workbench for CWG-Internet consultation outputs."""

__version__ = "0.1.0"
