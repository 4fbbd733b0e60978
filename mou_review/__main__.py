"""``python -m mou_review`` runs the command line (the sender process is started this way)."""

from .cli import main

main()
