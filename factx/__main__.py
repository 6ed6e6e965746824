"""`python -m factx`: the same as the `factx` command."""

from factx.cli import main

if __name__ == "__main__":
    main()
