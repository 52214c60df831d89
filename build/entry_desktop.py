"""Entry point of the frozen window application."""

from cwgi_desktop.app import main

raise SystemExit(main())
