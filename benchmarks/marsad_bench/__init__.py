"""marsad's benchmarks and load tools: a development package, not part of the marsad wheel.

Installed by ``make test`` (``pip install -e ./benchmarks``); it adds ``marsad bench`` and
``marsad loadtest`` to the marsad command through the ``marsad.commands`` entry point.
"""
