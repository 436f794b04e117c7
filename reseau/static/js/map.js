/* Map of initiatives (MapPage). Progressive enhancement: the page already lists every sheet by
 * commune; this script draws the same sheets on a Leaflet map above the list. Markers and the
 * tile settings come from json_script elements (no extra request). Without a tile URL the map
 * shows markers on a plain background. */
(function () {
    "use strict";

    function readJson(id) {
        var element = document.getElementById(id);
        return element ? JSON.parse(element.textContent) : null;
    }

    /* Several sheets of one commune share its town-hall point: spread them on a small spiral so
     * each marker can be clicked. */
    function spread(markers) {
        var seen = {};
        return markers.map(function (marker) {
            var key = marker.lat.toFixed(5) + "," + marker.lng.toFixed(5);
            var rank = seen[key] || 0;
            seen[key] = rank + 1;
            if (!rank) { return [marker.lat, marker.lng]; }
            var angle = rank * 2.399963;  /* golden angle */
            var radius = 0.0025 * Math.sqrt(rank);
            return [marker.lat + radius * Math.sin(angle), marker.lng + radius * 1.5 * Math.cos(angle)];
        });
    }

    function popupContent(marker, labels) {
        var box = document.createElement("div");
        box.className = "map-popup";
        var title = document.createElement("a");
        title.href = marker.url;
        title.className = "map-popup__title";
        title.textContent = marker.title;
        box.appendChild(title);
        var lines = [
            marker.commune + (marker.years ? " · " + marker.years : ""),
            labels.status + " : " + marker.status
        ];
        if (marker.themes.length) { lines.push(labels.themes + " : " + marker.themes.join(", ")); }
        lines.forEach(function (text) {
            var line = document.createElement("p");
            line.textContent = text;
            box.appendChild(line);
        });
        return box;
    }

    function init() {
        var container = document.getElementById("initiatives-map");
        var markers = readJson("map-markers");
        var config = readJson("map-config") || {};
        if (!container || !markers || !window.L) { return; }
        container.hidden = false;
        var labels = {
            status: container.dataset.popupStatus || "État",
            themes: container.dataset.popupThemes || "Thèmes"
        };
        var map = window.L.map(container, { scrollWheelZoom: false });
        if (config.tileUrl) {
            window.L.tileLayer(config.tileUrl, {
                attribution: config.attribution || "",
                maxZoom: 18
            }).addTo(map);
        } else {
            container.classList.add("initiatives-map--no-tiles");
        }
        var positions = spread(markers);
        var layer = window.L.featureGroup();
        markers.forEach(function (marker, index) {
            window.L.marker(positions[index], { title: marker.title, alt: marker.title, keyboard: true })
                .bindPopup(popupContent(marker, labels))
                .addTo(layer);
        });
        layer.addTo(map);
        if (markers.length) {
            map.fitBounds(layer.getBounds(), { padding: [24, 24], maxZoom: 13 });
        } else {
            map.setView([48.15, -0.65], 9);
        }
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", init);
    } else {
        init();
    }
}());
