package vn.sotay.search;

public record LibraryStats(int documents, int passages) {}
