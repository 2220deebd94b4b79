from ropa.cli import main

raise SystemExit(main())
