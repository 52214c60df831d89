"""The headless core of CWGI Desktop. Nothing below this package imports Qt."""
