"""The plugin's models."""
