"""The demo loader, one module per kind of content; `demo.management.commands.load_demo` calls
them in dependency order."""
