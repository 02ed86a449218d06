# The two commands of the README: `make run` and `make test`. Both install what is missing first.
# `make test` is also CI's gate: warnings are errors and the sources must be clang-formatted.
BUILD ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?= -DCS_WERROR=ON

.PHONY: deps configure build run test format-check bench clang fuzz install package clean format

deps:
	@scripts/install-deps.sh

configure: deps
	@[ -f $(BUILD)/build.ninja ] || cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Release $(CMAKE_FLAGS)

build: configure
	cmake --build $(BUILD) -j $(JOBS)

run: build
	$(BUILD)/app/cluster-studio

test: format-check build
	cd $(BUILD) && QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen} ctest --output-on-failure -j $(JOBS)

# Installs like a desktop application (GNUInstallDirs) into PREFIX, default CMake's (/usr/local).
install: build
	cmake --install $(BUILD) $(if $(PREFIX),--prefix $(PREFIX))

# The Debian 12 package, cluster-studio_<version>_<arch>.deb, in the build folder.
package: build
	cd $(BUILD) && cpack -G DEB

format-check: deps
	@scripts/format-check.sh

bench: configure
	cmake --build $(BUILD) -j $(JOBS) --target benchmarks
	for b in $(BUILD)/tests/bench/bench_*; do $$b; done

# The same sources with clang (Debian 12's clang 14), warnings as errors, in a build folder of its own.
clang: deps
	@[ -f build-clang/build.ninja ] || CXX=clang++ cmake -S . -B build-clang -G Ninja \
		-DCMAKE_BUILD_TYPE=Release $(CMAKE_FLAGS)
	cmake --build build-clang -j $(JOBS)

# The libFuzzer harnesses (tests/fuzz), each for FUZZ_SECONDS, in build-fuzz (clang, ASan + UBSan).
FUZZ_SECONDS ?= 60
fuzz: deps
	FUZZ_CXXFLAGS="$(FUZZ_CXXFLAGS)" scripts/fuzz.sh $(FUZZ_SECONDS)

format:
	clang-format -i $$(git ls-files '*.cpp' '*.h')

clean:
	rm -rf $(BUILD) build-clang build-fuzz
