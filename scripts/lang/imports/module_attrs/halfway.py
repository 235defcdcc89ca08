# Imports main's partner before defining its own names, so the partner sees it half made.
import partner

LATE = "defined after the import"
