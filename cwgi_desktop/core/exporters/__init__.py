"""Exporters: the ITU Word export (docx_itu) and what it is built from."""
