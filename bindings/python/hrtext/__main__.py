"""python -m hrtext: the same command line as `hrtext`."""

import sys

from hrtext.cli import main

sys.exit(main())
