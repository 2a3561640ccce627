package org.marquee.account.entity;

/** What an account may do: every registered account is a customer; staff have more. */
public enum Role {
  CUSTOMER,
  CLERK,
  ADMIN
}
