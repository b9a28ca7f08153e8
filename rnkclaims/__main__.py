from rnkclaims.cli import main

main()
