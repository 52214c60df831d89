"""The Qt user interface: the main window, its views, dialogs and the database worker."""
