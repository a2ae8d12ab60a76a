"""A lower bound for the Python tool (immich-folder-album-creator) on the benchmark's runs.

It does no more than that tool must do for the harness's runs (`<root> <api-url> <key> -u -a 2`): start Python,
import what the tool imports, read the server version, page through the search one page at a time as the tool does
(each call on a new connection, as module-level `requests` calls make), read the albums and the users, then create
each missing album and add its assets in chunks of 2,000. No naming options, filters, `.albumprops`, logging or
checks: the tool's own run cannot be faster than this on the same server. Written for the harness; it shares no
code with the tool.

Run by SyncBenchmark --python-floor.
"""
import argparse
import sys

# The tool's third-party imports are part of its start-up.
import regex  # noqa: F401 pylint: disable=unused-import
import requests
import urllib3  # noqa: F401 pylint: disable=unused-import
import yaml  # noqa: F401 pylint: disable=unused-import


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("root_path")
    parser.add_argument("api_url")
    parser.add_argument("api_key")
    parser.add_argument("-u", "--unattended", action="store_true")
    parser.add_argument("-a", "--album-levels", type=int, default=1)
    parser.add_argument("-A", "--find-assets-in-albums", action="store_true")
    args = parser.parse_args()
    url = args.api_url.rstrip("/") + "/"
    kwargs = {"headers": {"x-api-key": args.api_key, "Content-Type": "application/json",
                          "Accept": "application/json"}, "timeout": 20}

    requests.get(url + "server/version", **kwargs).raise_for_status()
    assets = []
    page = 1
    while True:
        body = {"size": 1000, "page": page}
        if not args.find_assets_in_albums:
            body["isNotInAlbum"] = True
        response = requests.post(url + "search/metadata", json=body, **kwargs)
        response.raise_for_status()
        items = response.json()["assets"]["items"]
        assets += items
        if len(items) < 1000:
            break
        page += 1

    root = args.root_path.rstrip("/") + "/"
    albums = {}
    for asset in assets:
        path = asset["originalPath"]
        if not path.startswith(root):
            continue
        folders = path[len(root):].split("/")[:-1]
        if folders:
            albums.setdefault(" ".join(folders[:args.album_levels]), []).append(asset["id"])

    response = requests.get(url + "albums", **kwargs)
    response.raise_for_status()
    existing = {album["albumName"]: album["id"] for album in response.json()}
    requests.get(url + "users", **kwargs).raise_for_status()
    for name, ids in albums.items():
        album_id = existing.get(name)
        if album_id is None:
            response = requests.post(url + "albums", json={"albumName": name}, **kwargs)
            response.raise_for_status()
            album_id = response.json()["id"]
        for start in range(0, len(ids), 2000):
            requests.put(url + f"albums/{album_id}/assets", json={"ids": ids[start:start + 2000]},
                         **kwargs).raise_for_status()
    return 0


if __name__ == "__main__":
    sys.exit(main())
