/* The editor's map point picker (sheets.widgets.MapPointWidget): a click on the map writes the
 * latitude and longitude fields; typing in them moves the marker. The map opens on the point,
 * else on the centre of the commune chosen in the form (read from a json_script element), else
 * on Laval. The fields keep working without this script (keyboard, no JavaScript). */
(function () {
    "use strict";

    var FALLBACK = [48.0707, -0.7734]; /* Laval */

    function parse(value) {
        var number = parseFloat(String(value || "").replace(",", ".").replace(/\s/g, ""));
        return isNaN(number) ? null : number;
    }

    function setUp(container) {
        if (!window.L || container.dataset.ready) { return; }
        container.dataset.ready = "1";
        var longitude = document.getElementById(container.dataset.mapPointFor);
        var form = longitude && longitude.form;
        if (!form) { return; }
        var latitude = form.elements[container.dataset.latitudeField];
        var communes = {};
        var data = document.getElementById(container.dataset.communes);
        if (data) { communes = JSON.parse(data.textContent); }
        if (!latitude) { return; }

        container.hidden = false;
        var help = document.getElementById(container.id + "-help");
        if (help) { help.hidden = false; }

        function communeCentre() {
            var field = form.elements[container.dataset.communeField];
            var centre = field && communes[String(field.value)];
            return centre || FALLBACK;
        }

        function point() {
            var lat = parse(latitude.value), lng = parse(longitude.value);
            return lat === null || lng === null ? null : [lat, lng];
        }

        var map = window.L.map(container, { scrollWheelZoom: false });
        if (container.dataset.tiles) {
            window.L.tileLayer(container.dataset.tiles, {
                attribution: container.dataset.attribution, maxZoom: 19
            }).addTo(map);
        }
        var marker = null;

        function show(centre) {
            var here = point();
            if (here) {
                if (marker) { marker.setLatLng(here); } else { marker = window.L.marker(here).addTo(map); }
                map.setView(here, Math.max(map.getZoom() || 0, 15));
            } else {
                if (marker) { map.removeLayer(marker); marker = null; }
                map.setView(centre || communeCentre(), 14);
            }
        }

        map.on("click", function (event) {
            latitude.value = event.latlng.lat.toFixed(5);
            longitude.value = event.latlng.lng.toFixed(5);
            [latitude, longitude].forEach(function (field) {
                field.dispatchEvent(new Event("change", { bubbles: true }));
            });
            show();
        });
        [latitude, longitude].forEach(function (field) {
            field.addEventListener("input", function () { show(); });
        });
        form.addEventListener("change", function (event) {
            if (event.target && event.target.name === container.dataset.communeField && !point()) {
                show(communeCentre());
            }
        });
        /* The map may sit in a tab that is hidden when the page opens. */
        if (window.ResizeObserver) {
            new window.ResizeObserver(function () { map.invalidateSize(); }).observe(container);
        }
        show();
    }

    function init() {
        document.querySelectorAll("[data-map-point-for]").forEach(setUp);
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", init);
    } else {
        init();
    }
}());
