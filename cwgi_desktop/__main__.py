from cwgi_desktop.cli import main

raise SystemExit(main())
