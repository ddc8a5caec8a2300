from tensorviz.cli import main

raise SystemExit(main())
