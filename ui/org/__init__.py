"""The Organisation screen: unit tree, staff table and their dialogs."""
