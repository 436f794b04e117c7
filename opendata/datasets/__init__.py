"""The published datasets, each a module with its columns (its schema) and how its rows are
read, by the slug of their files."""

from . import aids, communes, events, experiences, technical

DATASETS = {
    module.DATASET.slug: module.DATASET
    for module in (experiences, technical, events, aids, communes)
}
