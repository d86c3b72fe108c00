"""ShopOwner (掌柜私域): double-click to open the window; ``python main.py --help`` for the CLI."""

import multiprocessing
import sys

if __name__ == "__main__":
    # a frozen app's own child processes (the import's parse process) start here and stop inside
    multiprocessing.freeze_support()
    from shopowner.entry import main

    sys.exit(main())
