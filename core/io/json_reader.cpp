#include "io/json_reader.h"

#include "base/input_error.h"

#include <cerrno>
#include <cmath>
#include <cstring>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace cs {

using nlohmann::json;

JsonObjectReader::JsonObjectReader(const json& object, std::string path)
    : object_(object)
    , path_(std::move(path)) {
    if (!object_.is_object())
        throw InputError(path_ + ": expected an object");
}

std::string JsonObjectReader::pathOf(const char* key) const {
    return path_.empty() ? key : path_ + "." + key;
}

std::string JsonObjectReader::pathOf(const char* key, std::size_t index) const {
    return pathOf(key) + "[" + std::to_string(index) + "]";
}

void JsonObjectReader::fail(const char* key, const std::string& cause) const {
    throw InputError(pathOf(key) + ": " + cause);
}

bool JsonObjectReader::has(const char* key) const {
    return object_.contains(key);
}

const json* JsonObjectReader::find(const char* key) {
    auto it = object_.find(key);
    if (it == object_.end())
        return nullptr;
    taken_.insert(key);
    return &*it;
}

const json& JsonObjectReader::require(const char* key) {
    const json* value = find(key);
    if (!value)
        fail(key, "missing");
    return *value;
}

std::string JsonObjectReader::string(const char* key) {
    const json& value = require(key);
    if (!value.is_string())
        fail(key, "expected a string");
    return value.get<std::string>();
}

std::optional<std::string> JsonObjectReader::optionalString(const char* key) {
    if (!has(key))
        return std::nullopt;
    return string(key);
}

double JsonObjectReader::number(const char* key, double min, double max) {
    const json& value = require(key);
    if (!value.is_number())
        fail(key, "expected a number");
    const double number = value.get<double>();
    if (!std::isfinite(number) || number < min || number > max) {
        std::ostringstream cause;
        cause << number << " is out of range [" << min << ", " << max << "]";
        fail(key, cause.str());
    }
    return number;
}

std::optional<double> JsonObjectReader::optionalNumber(const char* key, double min, double max) {
    if (!has(key) || object_.at(key).is_null()) {
        find(key);
        return std::nullopt;
    }
    return number(key, min, max);
}

std::int64_t JsonObjectReader::integer(const char* key, std::int64_t min, std::int64_t max) {
    const json& value = require(key);
    if (!value.is_number_integer())
        fail(key, "expected an integer");
    const auto outOfRange = [&](const std::string& shown) {
        fail(key, shown + " is out of range [" + std::to_string(min) + ", " + std::to_string(max) + "]");
    };
    if (value.is_number_unsigned()) {
        const std::uint64_t number = value.get<std::uint64_t>();
        if (number > static_cast<std::uint64_t>(max))
            outOfRange(std::to_string(number));
    }
    const std::int64_t number = value.get<std::int64_t>();
    if (number < min || number > max)
        outOfRange(std::to_string(number));
    return number;
}

std::optional<std::int64_t> JsonObjectReader::optionalInteger(const char* key, std::int64_t min,
                                                              std::int64_t max) {
    if (!has(key))
        return std::nullopt;
    return integer(key, min, max);
}

bool JsonObjectReader::boolean(const char* key) {
    const json& value = require(key);
    if (!value.is_boolean())
        fail(key, "expected true or false");
    return value.get<bool>();
}

std::vector<std::string> JsonObjectReader::strings(const char* key) {
    const json& value = array(key);
    std::vector<std::string> result;
    result.reserve(value.size());
    for (std::size_t i = 0; i < value.size(); ++i) {
        if (!value[i].is_string())
            throw InputError(pathOf(key, i) + ": expected a string");
        result.push_back(value[i].get<std::string>());
    }
    return result;
}

const json& JsonObjectReader::array(const char* key) {
    const json& value = require(key);
    if (!value.is_array())
        fail(key, "expected an array");
    return value;
}

const json& JsonObjectReader::object(const char* key) {
    const json& value = require(key);
    if (!value.is_object())
        fail(key, "expected an object");
    return value;
}

const json* JsonObjectReader::optionalObject(const char* key) {
    if (!has(key))
        return nullptr;
    return &object(key);
}

const json* JsonObjectReader::optionalArray(const char* key) {
    if (!has(key))
        return nullptr;
    return &array(key);
}

void JsonObjectReader::finish() const {
    for (const auto& [key, value] : object_.items()) {
        if (!taken_.contains(key))
            throw InputError(pathOf(key.c_str()) + ": unknown key");
    }
}

json parseJsonText(const std::string& text, const std::string& where) {
    try {
        return json::parse(text);
    } catch (const json::parse_error& e) {
        // e.what() is "[json.exception.parse_error.101] parse error at line 3, column 5: ..."; keep the
        // readable part.
        std::string message = e.what();
        const auto start = message.find("parse error");
        throw InputError(
            where + ": malformed JSON: " + (start == std::string::npos ? message : message.substr(start)));
    }
}

std::string readTextFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw InputError(path + ": cannot open: " + std::strerror(errno));
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad())
        throw InputError(path + ": cannot read: " + std::strerror(errno));
    return buffer.str();
}

} // namespace cs
