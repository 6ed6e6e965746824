"""factx: typed, normalized fact records from English news articles.

Importing the package is cheap on purpose: spaCy and dateparser are imported only when
extraction starts, so `factx --help` and `factx --version` stay fast.
"""

__version__ = "0.1.0"
