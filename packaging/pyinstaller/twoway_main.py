"""Entry point of the frozen Twoway bundle: the same `twoway` command as the wheel's."""

import sys

from twoway.cli import main

if __name__ == "__main__":
    sys.exit(main())
