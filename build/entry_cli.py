"""Entry point of the frozen `cwgi` command."""

from cwgi_desktop.cli import main

raise SystemExit(main())
