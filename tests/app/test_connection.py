"""Connection URLs and the Vietnamese reasons a connection fails."""

import socket

import pytest

from app.cli import main
from app.connection import ServerSettings, check_connection, explain_connect_error
from app.errors import DatabaseError


def _free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def test_url_quotes_password():
    server = ServerSettings(host="192.0.2.10", database="tdkt", user="thuky", port=5433)
    url = server.url("p@ss:w/rd")
    assert url.startswith("postgresql+psycopg://thuky:")
    assert "p%40ss%3Aw%2Frd@192.0.2.10:5433/tdkt" in url
    assert server.keyring_user == "thuky@192.0.2.10:5433/tdkt"


def test_unreachable_server_message():
    url = ServerSettings(host="127.0.0.1", database="x", user="u", port=_free_port()).url("pw")
    with pytest.raises(DatabaseError) as err:
        check_connection(url)
    assert "Không kết nối được tới máy chủ" in err.value.message()
    assert "pw" not in err.value.message().replace("password", "")


def test_cli_unreachable_server_exit_2(capsys):
    url = ServerSettings(host="127.0.0.1", database="x", user="u", port=_free_port()).url("bí mật")
    assert main(["--db", url, "info"]) == 2
    err = capsys.readouterr().err
    assert "Không kết nối được tới máy chủ" in err and "bí mật" not in err and "Traceback" not in err


@pytest.mark.parametrize(
    "driver_message, expected",
    [
        ('FATAL:  password authentication failed for user "thuky"', "Sai tên đăng nhập hoặc mật khẩu"),
        ('FATAL:  database "tdkt" does not exist', "không có cơ sở dữ liệu này"),
        ('FATAL:  role "ai" does not exist', "không có người dùng này"),
        ('connection to server at "10.0.0.9", port 5432 failed: timeout expired', "Không kết nối được"),
    ],
)
def test_explain_connect_error(driver_message, expected):
    assert expected in explain_connect_error(Exception(driver_message))


def test_wrong_password_and_database_on_real_server(on_postgres):
    import os

    from sqlalchemy.engine import make_url

    if not on_postgres:
        pytest.skip("needs the PostgreSQL pass of tests/run.sh")
    base = make_url(os.environ["TDKT_TEST_DATABASE_URL"])
    assert "PostgreSQL" in check_connection(base.render_as_string(hide_password=False))
    with pytest.raises(DatabaseError) as err:
        check_connection(base.set(password="sai-mat-khau").render_as_string(hide_password=False))
    assert "Sai tên đăng nhập hoặc mật khẩu" in err.value.message()
    with pytest.raises(DatabaseError) as err:
        check_connection(base.set(database="khong_co_csdl_nay").render_as_string(hide_password=False))
    assert "không có cơ sở dữ liệu này" in err.value.message()
