#include "base/input_error.h"
#include "io/design_json.h"
#include "test_support.h"

#include <random>

namespace cs::test {
namespace {

using nlohmann::json;

std::string errorOf(const json& document) {
    try {
        designFromJson(document, library());
    } catch (const InputError& e) {
        return e.what();
    }
    return "loaded";
}

TEST(DesignJson, HasTheDocumentedShape) {
    const json document = designToJson(smallDesign());
    for (const char* key : {"devices", "links", "racks", "scenarios", "format", "format_version", "name"})
        EXPECT_TRUE(document.contains(key)) << key;
    const json& link = document["links"][0];
    EXPECT_EQ(link["a"], (json{{"device", 1}, {"port", "compute-1"}}));
    EXPECT_EQ(link["b"], (json{{"device", 3}, {"port", "p-1"}}));
    EXPECT_EQ(link["network"], "compute");
    EXPECT_EQ(link["gbps"], 400);
    EXPECT_EQ(document["devices"][2]["network"], "compute");
    EXPECT_FALSE(document["devices"][3].contains("rack")); // defaults are omitted
}

TEST(DesignJson, RoundTripsAndIsCanonical) {
    const std::string text = designToJsonText(smallDesign());
    EXPECT_EQ(designToJsonText(designFromJson(json::parse(text), library())), text);

    // Items in another order read back to the same canonical text.
    json shuffled = json::parse(text);
    for (const char* key : {"devices", "links", "racks"})
        std::reverse(shuffled[key].begin(), shuffled[key].end());
    EXPECT_EQ(designToJsonText(designFromJson(shuffled, library())), text);
}

TEST(DesignJson, ErrorsNameThePath) {
    const json good = designToJson(smallDesign());
    const auto with = [&](const std::function<void(json&)>& edit) {
        json document = good;
        edit(document);
        return errorOf(document);
    };
    EXPECT_EQ(with([](json& d) { d["devices"][1]["type"] = "cray-1"; }),
              "devices[1].type: unknown device type 'cray-1' (not in the catalog)");
    EXPECT_EQ(
        with([](json& d) { d["links"][0]["a"]["port"] = "compute-9"; }),
        "links[0].a.port: 'compute-9' is not a port of dgx-h100 (compute-1..8, storage-1..2, inband-1..2, "
        "uplink-1..2, bmc-1..1)");
    EXPECT_EQ(with([](json& d) { d["links"][0]["network"] = "wifi"; }),
              "links[0].network: unknown network 'wifi' (compute|storage|uplink|inband|oob|scaleup)");
    EXPECT_EQ(with([](json& d) { d["links"][1]["b"]["port"] = "p-1"; }),
              "links[1]: link 2: port p-1 of device 3 is "
              "taken by link 1");
    EXPECT_EQ(with([](json& d) { d["devices"][0]["colour"] = "red"; }), "devices[0].colour: unknown key");
    EXPECT_EQ(with([](json& d) { d["devices"][0]["x"] = "left"; }), "devices[0].x: expected a number");
    EXPECT_EQ(with([](json& d) { d["devices"][0]["id"] = -3; }),
              "devices[0].id: -3 is out of range [1, 4294967295]");
    EXPECT_EQ(with([](json& d) { d["devices"][1]["id"] = 1; }), "devices[1]: device 1: the id is taken");
    EXPECT_EQ(with([](json& d) { d["links"][0]["a"]["device"] = 99; }),
              "links[0].a.device: unknown device 99");
    EXPECT_EQ(with([](json& d) { d.erase("links"); }), "links: missing");
    EXPECT_EQ(with([](json& d) { d["format"] = "kicad"; }),
              "format: expected \"cluster-studio-design\" (not a ClusterStudio design)");
    EXPECT_EQ(with([](json& d) { d["format_version"] = 99; }),
              "format_version: the file was written by a newer ClusterStudio (format 99; this build reads up "
              "to 1)");
    EXPECT_EQ(errorOf(json::array()), ": expected an object");
}

// Random damage: every outcome is a design or an InputError — never a crash or another exception.
TEST(DesignJson, SurvivesTruncationAndByteFlips) {
    const std::string text = designToJsonText(smallDesign());
    std::mt19937 random(20261127);
    int refused = 0;
    for (int round = 0; round < 400; ++round) {
        std::string damaged = text;
        if (round % 2 == 0) {
            damaged.resize(std::uniform_int_distribution<std::size_t>(0, text.size() - 1)(random));
        } else {
            const auto at = std::uniform_int_distribution<std::size_t>(0, text.size() - 1)(random);
            damaged[at] =
                static_cast<char>(damaged[at] ^ (1 << std::uniform_int_distribution<int>(0, 7)(random)));
        }
        try {
            const json document = json::parse(damaged);
            designFromJson(document, library());
        } catch (const json::parse_error&) {
            ++refused;
        } catch (const InputError&) {
            ++refused;
        }
    }
    EXPECT_GT(refused, 300);
}

} // namespace
} // namespace cs::test
