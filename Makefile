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
