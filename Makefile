# The two commands a newcomer needs (see README.md):
#   make serve   install what is missing, build the release app, serve it on 127.0.0.1:8080
#   make test    install what the tests need and run the whole suite
.PHONY: serve test build setup

serve:
	scripts/serve.sh

test:
	scripts/test.sh

build:
	scripts/setup.sh && scripts/build.sh

setup:
	scripts/setup.sh --test

# Performance benchmark (not part of `make test`): builds, measures, prints a table and writes
# bench/results.json. `make bench BUDGETS=1` fails when a budget is missed. See docs/performance.md.
.PHONY: bench
bench:
	scripts/setup.sh --test && node scripts/bench.mjs $(if $(filter 1,$(BUDGETS)),--assert,) $(BENCH_ARGS)
