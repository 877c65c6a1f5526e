"""Performance benchmarks of kg (not part of the installed package): ``python -m benchmarks``.

``generate corpus`` writes seeded news-shaped articles about the registry's actors,
``generate graph`` a kg store of about N triples, and ``run`` measures every figure the
project has a target for, in one run, and prints each beside its target (see README,
"Performance").
"""
