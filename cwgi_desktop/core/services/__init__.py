"""The use cases: functions that take a store (import, export, exchange ...)."""
