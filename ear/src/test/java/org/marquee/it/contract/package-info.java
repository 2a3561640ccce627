/**
 * The API's contract as the tests hold answers to it: the OpenAPI document the server serves, read
 * as a checker of statuses, media types and bodies. Kept apart from the tests' own package, which
 * the test deployment carries into the server, since the checker runs on the client's side only.
 */
package org.marquee.it.contract;
