"""All Qt code of tensorviz."""
