package vn.sotay.web;

/** The body of every error answer: a Vietnamese message and a machine code. */
public record ApiError(String error, String code) {}
