#pragma once

#include <cstddef>
#include <cstdint>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace cs {

// Reads one JSON object strictly: each value is checked for type and range, and finish() refuses keys nobody
// asked for. Every error is an InputError that names the path of the offending value.
class JsonObjectReader {
public:
    JsonObjectReader(const nlohmann::json& object, std::string path);

    std::string string(const char* key);
    std::optional<std::string> optionalString(const char* key);
    double number(const char* key, double min, double max);
    std::optional<double> optionalNumber(const char* key, double min, double max);
    std::int64_t integer(const char* key, std::int64_t min, std::int64_t max);
    std::optional<std::int64_t> optionalInteger(const char* key, std::int64_t min, std::int64_t max);
    bool boolean(const char* key);
    std::vector<std::string> strings(const char* key);
    const nlohmann::json& array(const char* key);
    const nlohmann::json& object(const char* key);
    const nlohmann::json* optionalObject(const char* key);
    const nlohmann::json* optionalArray(const char* key);
    bool has(const char* key) const;

    // The path of a child value, for nested readers and messages.
    std::string pathOf(const char* key) const;
    std::string pathOf(const char* key, std::size_t index) const;
    const std::string& path() const { return path_; }

    // Throws when the object holds a key that was not read.
    void finish() const;

    [[noreturn]] void fail(const char* key, const std::string& cause) const;

private:
    const nlohmann::json* find(const char* key);
    const nlohmann::json& require(const char* key);

    const nlohmann::json& object_;
    std::string path_;
    std::set<std::string, std::less<>> taken_;
};

// How deep parseJsonText lets arrays and objects nest. Real documents stay under ten levels; the cap keeps
// every recursive walk over an accepted document (writing it, copying it) far from the end of the stack.
inline constexpr std::size_t kMaxJsonDepth = 64;

// Parses JSON text. A syntax error becomes an InputError naming `where` and the line and column; a number
// beyond double's range or nesting deeper than kMaxJsonDepth names `where` and the path of the value.
nlohmann::json parseJsonText(const std::string& text, const std::string& where);

} // namespace cs
