"""ShopOwner (掌柜私域): double-click to open the window; ``python main.py --help`` for the CLI."""

import sys

from shopowner.entry import main

if __name__ == "__main__":
    sys.exit(main())
