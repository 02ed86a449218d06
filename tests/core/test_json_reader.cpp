#include "base/input_error.h"
#include "io/json_reader.h"
#include "test_support.h"

namespace cs::test {
namespace {

std::string errorParsing(const std::string& text) {
    try {
        parseJsonText(text, "plan.json");
    } catch (const InputError& e) {
        return e.what();
    }
    return "parsed";
}

std::string nested(std::size_t levels) {
    return std::string(levels, '[') + std::string(levels, ']');
}

TEST(JsonText, NumbersBeyondRangeNameTheFieldPath) {
    EXPECT_EQ(errorParsing(R"({"parallelism": {"tp": 8, "global_batch": 1e400}})"),
              "plan.json: parallelism.global_batch: number 1e400 is out of range");
    EXPECT_EQ(errorParsing(R"({"devices": [{"x": 1}, {"id": 2, "x": -1e999}]})"),
              "plan.json: devices[1].x: number -1e999 is out of range");
    EXPECT_EQ(errorParsing("1e400"), "plan.json: number 1e400 is out of range");
}

TEST(JsonText, NestingIsCappedOnRead) {
    EXPECT_EQ(parseJsonText(nested(kMaxJsonDepth), "x.json").size(), 1u);
    EXPECT_EQ(errorParsing(nested(kMaxJsonDepth + 1)),
              "plan.json: [0][0][0][0][0][0][0][0]...: nested deeper than 64 levels");
    EXPECT_NE(errorParsing(nested(100'000)).find(": nested deeper than 64 levels"), std::string::npos);
}

TEST(JsonText, SyntaxErrorsAndBadTextAreMalformedJson) {
    EXPECT_EQ(
        errorParsing("{\"a\": }").rfind("plan.json: malformed JSON: parse error at line 1, column 7", 0), 0u);
    EXPECT_NE(errorParsing("{\"name\": \"g\xff\"}").find("malformed JSON"), std::string::npos);
    EXPECT_NE(errorParsing("").find("malformed JSON"), std::string::npos);
}

TEST(JsonText, BuildsTheSameDocumentAsTheLibrary) {
    const std::string text =
        R"({"b": [1, -2, 3.5, true, null, "x", {"c": []}], "a": {"d": {}}, "a2": 18446744073709551615})";
    EXPECT_EQ(parseJsonText(text, "x.json"), nlohmann::json::parse(text));
}

} // namespace
} // namespace cs::test
