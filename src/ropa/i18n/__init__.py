"""Every word and format of ours in one language: the gettext catalogs (`catalog`) and
Babel's countries, dates, durations and lists (`format`)."""
