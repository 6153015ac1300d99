package org.securebase.app;

public class SecureBaseCommand {
  public static void main(String[] args) {}
}
