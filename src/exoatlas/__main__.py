from exoatlas.cli import cli

cli()
