#!/usr/bin/env bash
# Copies the browser tests' screenshots that make up the gallery (src-docs/gallery.md) from the
# last test run (ear/target/screenshots, written by `mvn verify`) into src-docs/gallery/.
# Usage: bash src-docs/gallery/update.sh   (after the README's test command)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
shots="$here/../../ear/target/screenshots"
[ -d "$shots" ] || { echo "no screenshots in $shots: run the tests first" >&2; exit 1; }
# test-name-step  ->  gallery name
while read -r from to; do
  [ -n "$from" ] || continue
  if [ -f "$shots/$from.png" ]; then
    cp "$shots/$from.png" "$here/$to.png"
  else
    echo "missing: $from.png" >&2
    exit 1
  fi
done <<'LIST'
aCustomerFindsAMovieBuysTwoSeatsAndKeepsTheTickets-1-home-by-city home
aCustomerFindsAMovieBuysTwoSeatsAndKeepsTheTickets-2-home-search home-search
aCustomerFindsAMovieBuysTwoSeatsAndKeepsTheTickets-3-movie movie
aCustomerFindsAMovieBuysTwoSeatsAndKeepsTheTickets-4-seat-map seat-map
aCustomerFindsAMovieBuysTwoSeatsAndKeepsTheTickets-5-checkout checkout
aCustomerFindsAMovieBuysTwoSeatsAndKeepsTheTickets-6-confirmation confirmation
aCustomerFindsAMovieBuysTwoSeatsAndKeepsTheTickets-7-my-tickets my-tickets
aCustomerFindsAMovieBuysTwoSeatsAndKeepsTheTickets-8-past-tickets past-tickets
aCustomerFindsAMovieBuysTwoSeatsAndKeepsTheTickets-10-card card
onAPhonesWidthNothingScrollsSideways-phone-home phone-home
onAPhonesWidthNothingScrollsSideways-phone-seat-map phone-seat-map
aGermanBrowserGetsTheSiteInGerman-german-seat-map german-seat-map
anUnknownAddressIsAFriendlyNotFoundPage-not-found not-found
aPageLeftOpenPastItsSessionSaysSoInsteadOfFailing-expired expired
aFailureIsAFriendlyErrorPage-error error
onAPhonesWidthNothingScrollsSideways-phone-door phone-door
aClerkSellsTwoSeatsForCashAndHandsOverTheTickets-sold box-office-sold
aCodeAdmitsOnceAndARestrictedMovieAsksForId-admit door-admit
aCodeAdmitsOnceAndARestrictedMovieAsksForId-used door-refused
anAdministratorBuildsAnAuditoriumAndSchedulesAShowtimeTheSiteSells-layout admin-layout-editor
anAdministratorBuildsAnAuditoriumAndSchedulesAShowtimeTheSiteSells-clash admin-schedule
anAdministratorAddsAMovieWithItsPosterAndEditsIt-added admin-movies
theDashboardChartsWhatWasSold-dashboard admin-dashboard
LIST
echo "gallery updated from $shots"
