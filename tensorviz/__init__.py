"""tensorviz: a desktop app that teaches PyTorch basics by showing them live."""

__version__ = "0.1.0"
